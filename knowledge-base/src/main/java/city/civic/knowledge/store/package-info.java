/** JDBC persistence of answers, departments and unanswered questions (H2 or PostgreSQL). */
package city.civic.knowledge.store;

/** Transcripts for officials and counsellors, personal data masked. */
package city.civic.admin.transcripts;

/**
 * What every back-office page shares: the signed-in member of staff and their roles in the model, the staff
 * UI's language (English or Korean, chosen per person), and the page layout (templates/admin/layout.html).
 */
package city.civic.admin.web;

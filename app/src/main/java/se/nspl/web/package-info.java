/**
 * The web shell: page layout and navigation that modules contribute to, language, and the one
 * place where errors become RFC 9457 problem details (API) or error pages (browser).
 */
package se.nspl.web;

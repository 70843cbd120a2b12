/**
 * Who is acting: accounts and roles, form login, bearer tokens and API keys for machine clients.
 * Other modules receive the acting {@link se.nspl.shared.Actor} and decide what it may do with their data.
 */
package se.nspl.security;

/**
 * The audit trail: every change of shared records (support requests, notices, decisions, finance,
 * accounts) as who, what, when, from which region, hash-chained so that tampering shows. Modules
 * call {@link se.nspl.audit.AuditTrail#record} inside the transaction of their change.
 */
package se.nspl.audit;

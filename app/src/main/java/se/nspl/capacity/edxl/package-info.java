/**
 * OASIS EDXL-HAVE 1.0 (Hospital AVailability Exchange) for capacity reporting: reading a
 * HospitalStatus document into units' statuses, and writing the current bed capacity as one. Plain
 * Java, no Spring; the mapping and what it loses are described in docs/edxl-have.md.
 */
package se.nspl.capacity.edxl;

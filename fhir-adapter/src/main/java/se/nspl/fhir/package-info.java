/**
 * HL7 FHIR R4 for capacity reporting: the bed-capacity MeasureReport (docs/fhir.md) read into and
 * written from plain records, with FHIRPath-like paths for every error. No Spring, no application types.
 */
package se.nspl.fhir;

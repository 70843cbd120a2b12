/**
 * Notices (meddelanden) from the secretariat or a region to chosen regions and organisations,
 * with required acknowledgement (kvittens), the sender's overview of who has not, and reminders.
 */
package se.nspl.notice;

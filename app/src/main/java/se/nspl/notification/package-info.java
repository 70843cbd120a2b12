/**
 * Notifications in the app (and by e-mail when SMTP is configured): other modules tell a region's
 * coordinators or the secretariat that something concerns them, with a link to it.
 */
package se.nspl.notification;

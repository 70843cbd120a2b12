/**
 * Value types that every module speaks: region codes, who acts ({@link se.nspl.shared.Actor}) and the few exceptions that the web layer maps
 * to problem details. Kept tiny on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.nspl.shared;

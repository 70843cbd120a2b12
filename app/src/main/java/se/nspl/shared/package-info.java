/**
 * What every module speaks: value types (region codes, care levels, who acts), the few exceptions
 * that the web layer maps to problem details, and a small CSV reader. Kept tiny on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.nspl.shared;

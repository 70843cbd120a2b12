package se.nspl.picture;

import se.nspl.shared.RegionCode;

/** The picture's view changed on this node (after commit): open dashboards fetch it again. */
public record PictureChanged(RegionCode region) {}

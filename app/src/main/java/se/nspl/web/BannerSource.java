package se.nspl.web;

import java.util.List;

/**
 * A module's lines for the top of every page (see {@link Banner}). Asked once per page rendered
 * for a logged-in person, never for API requests: keep it to one indexed query or a cache.
 */
public interface BannerSource {

    /** The banners for whoever is logged in on this request; empty for nobody. */
    List<Banner> current();
}

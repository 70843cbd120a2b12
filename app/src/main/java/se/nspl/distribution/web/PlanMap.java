package se.nspl.distribution.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.nspl.distribution.TransferPlan;
import se.nspl.picture.web.RegionMap;

/**
 * A plan drawn on the regions' map: a line from each sending to each receiving hospital, as wide as the patients it
 * carries, and each hospital marked as sending or receiving with its count. The table beside it says the same in
 * words, for those who do not see the map.
 */
public record PlanMap(String viewBox, List<RegionMap.Shape> shapes, List<Line> lines, List<Site> sites) {

    /** Patients from one hospital to another. */
    public record Line(double x1, double y1, double x2, double y2, int patients, double width, String label) {}

    /** A hospital of the plan: how many it sends and receives. */
    public record Site(double x, double y, String name, int sent, int received) {

        public boolean sends() {
            return sent > 0;
        }

        public String label() {
            return name + (sent > 0 ? " −" + sent : "") + (received > 0 ? " +" + received : "");
        }
    }

    static PlanMap of(RegionMap map, TransferPlan.Result result) {
        var lines = new LinkedHashMap<String, int[]>();
        var ends = new LinkedHashMap<String, TransferPlan.Transfer>();
        var sent = new LinkedHashMap<String, Integer>();
        var received = new LinkedHashMap<String, Integer>();
        var places = new LinkedHashMap<String, double[]>();
        var names = new LinkedHashMap<String, String>();
        for (var t : result.transfers()) {
            String key = t.fromHospital() + ">" + t.toHospital();
            lines.computeIfAbsent(key, k -> new int[1])[0] += t.count();
            ends.putIfAbsent(key, t);
            sent.merge(t.fromHospital(), t.count(), Integer::sum);
            received.merge(t.toHospital(), t.count(), Integer::sum);
            places.putIfAbsent(t.fromHospital(), new double[] {t.fromLat(), t.fromLon()});
            places.putIfAbsent(t.toHospital(), new double[] {t.toLat(), t.toLon()});
            names.putIfAbsent(t.fromHospital(), t.fromName());
            names.putIfAbsent(t.toHospital(), t.toName());
        }
        for (var u : result.unplacedGroups()) {
            sent.putIfAbsent(u.hospital(), 0);
        }
        var drawnLines = new ArrayList<Line>();
        for (Map.Entry<String, int[]> entry : lines.entrySet()) {
            var t = ends.get(entry.getKey());
            var from = map.point(t.fromLat(), t.fromLon());
            var to = map.point(t.toLat(), t.toLon());
            int patients = entry.getValue()[0];
            drawnLines.add(new Line(
                    round(from.x()),
                    round(from.y()),
                    round(to.x()),
                    round(to.y()),
                    patients,
                    round(Math.min(14, 2 + Math.sqrt(patients) * 1.5)),
                    t.fromName() + " → " + t.toName() + ": " + patients));
        }
        var drawnSites = new ArrayList<Site>();
        for (var entry : places.entrySet()) {
            var point = map.point(entry.getValue()[0], entry.getValue()[1]);
            drawnSites.add(new Site(
                    round(point.x()),
                    round(point.y()),
                    names.get(entry.getKey()),
                    sent.getOrDefault(entry.getKey(), 0),
                    received.getOrDefault(entry.getKey(), 0)));
        }
        // Senders last, so that a receiving hospital next door does not hide one.
        drawnSites.sort(java.util.Comparator.comparing(Site::sends));
        return new PlanMap(map.viewBox(), map.shapes(), drawnLines, drawnSites);
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", value));
    }
}

package se.nspl.picture.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import se.nspl.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 21 regions as SVG paths, drawn from the project's copy of the regions' outlines
 * ({@code reference-data/sweden-regions.geojson}, Natural Earth, public domain): no tile server,
 * nothing fetched from outside. Longitude is scaled by the cosine of Sweden's middle latitude, so
 * the country keeps its shape; points closer than half a unit to the last kept one are dropped.
 */
@Component
@NamedInterface("map") // the distribution module draws its plans on it
public class RegionMap {

    /** A region's outline in the map's coordinates. */
    public record Shape(RegionCode code, String name, String path) {}

    static final double HEIGHT = 1000;
    private static final double MIDDLE_LATITUDE = 62.0;
    private static final double MIN_STEP = 0.5;

    /** A point in the map's coordinates. */
    public record Point(double x, double y) {}

    private final List<Shape> shapes;
    private final double width;
    private final double minLon;
    private final double maxLat;
    private final double cos;
    private final double scale;

    RegionMap() {
        var features = read().path("features");
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (var feature : features) {
            for (var point : points(feature.path("geometry"))) {
                minLon = Math.min(minLon, point[0]);
                maxLon = Math.max(maxLon, point[0]);
                minLat = Math.min(minLat, point[1]);
                maxLat = Math.max(maxLat, point[1]);
            }
        }
        double cos = Math.cos(Math.toRadians(MIDDLE_LATITUDE));
        double scale = HEIGHT / (maxLat - minLat);
        this.width = Math.ceil((maxLon - minLon) * cos * scale);
        this.minLon = minLon;
        this.maxLat = maxLat;
        this.cos = cos;
        this.scale = scale;
        var result = new ArrayList<Shape>();
        for (var feature : features) {
            var properties = feature.path("properties");
            var path = new StringBuilder();
            for (var ring : rings(feature.path("geometry"))) {
                double lastX = Double.NaN;
                double lastY = Double.NaN;
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i).get(0).asDouble() - minLon) * cos * scale;
                    double y = (maxLat - ring.get(i).get(1).asDouble()) * scale;
                    boolean first = i == 0;
                    if (!first && Math.hypot(x - lastX, y - lastY) < MIN_STEP && i < ring.size() - 1) {
                        continue;
                    }
                    path.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                    lastX = x;
                    lastY = y;
                }
                path.append('Z');
            }
            result.add(new Shape(
                    RegionCode.of(properties.path("lanskod").asString()),
                    properties.path("name").asString(),
                    path.toString()));
        }
        this.shapes = List.copyOf(result);
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** Where a place lies on the map. */
    public Point point(double lat, double lon) {
        return new Point((lon - minLon) * cos * scale, (maxLat - lat) * scale);
    }

    /** The SVG view box: {@code 0 0 width height}. */
    public String viewBox() {
        return String.format(Locale.ROOT, "0 0 %.0f %.0f", width, HEIGHT);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource("reference-data/sweden-regions.geojson").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the regions' outlines are part of the application", e);
        }
    }

    /** The outer and inner rings of a Polygon or MultiPolygon. */
    private static List<JsonNode> rings(JsonNode geometry) {
        var rings = new ArrayList<JsonNode>();
        var coordinates = geometry.path("coordinates");
        if (geometry.path("type").asString().equals("Polygon")) {
            coordinates.forEach(rings::add);
        } else {
            coordinates.forEach(polygon -> polygon.forEach(rings::add));
        }
        return rings;
    }

    private static List<double[]> points(JsonNode geometry) {
        var points = new ArrayList<double[]>();
        for (var ring : rings(geometry)) {
            ring.forEach(
                    p -> points.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        }
        return points;
    }
}

package se.nspl.picture.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.nspl.picture.Trend;
import tools.jackson.databind.json.JsonMapper;

/**
 * A trend as the chart script reads it ({@code static/js/trend.js}): labels in Swedish local
 * time and a line per care level for staffed and one for occupied beds, named in the reader's
 * language. Embedded in the page as {@code application/json}, never executed.
 */
@Component
class TrendJson {

    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("d/M HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    TrendJson(MessageSource messages) {
        this.messages = messages;
    }

    String of(Trend trend, Locale locale) {
        var datasets = new ArrayList<Map<String, Object>>();
        trend.staffed().forEach((level, staffed) -> {
            String name = messages.getMessage("level." + level, null, level.name(), locale);
            datasets.add(
                    dataset(name + " – " + messages.getMessage("picture.col.staffed", null, locale), staffed, false));
            datasets.add(dataset(
                    name + " – " + messages.getMessage("picture.col.occupied", null, locale),
                    trend.occupied().get(level),
                    true));
        });
        var chart = new LinkedHashMap<String, Object>();
        chart.put("labels", trend.times().stream().map(LABEL::format).toList());
        chart.put("datasets", datasets);
        // inside <script>: a "</" would end the element
        return JSON.writeValueAsString(chart).replace("</", "<\\/");
    }

    private static Map<String, Object> dataset(String label, List<Integer> data, boolean occupied) {
        var dataset = new LinkedHashMap<String, Object>();
        dataset.put("label", label);
        dataset.put("data", data);
        dataset.put("occupied", occupied);
        return dataset;
    }
}

package se.nspl.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.nspl.shared.RegionCode;

/**
 * The regions and the organisations as one list of parties, for modules that address or list
 * both (notices, the contact directory). Reference data is loaded once at start (ADR 0008) and
 * never changes while the platform runs, so the list is read once, on first use, and kept.
 */
@Component
public class Parties {

    private final Regions regions;
    private final Organisations organisations;
    private volatile @Nullable List<Party> all;

    Parties(Regions regions, Organisations organisations) {
        this.regions = regions;
        this.organisations = organisations;
    }

    /** The secretariat first, then the regions by code, then the authorities and SKR. */
    public List<Party> all() {
        var known = all;
        if (known == null) {
            var list = new ArrayList<Party>();
            regions.all().forEach(r -> list.add(Party.of(r)));
            organisations.all().forEach(o -> list.add(Party.of(o)));
            list.sort(Comparator.comparing(Party::kind));
            known = List.copyOf(list);
            if (!known.isEmpty()) {
                all = known;
            }
        }
        return known;
    }

    /** A party by its key: a region's code or an organisation's id. */
    public Optional<Party> find(String key) {
        return all().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<Party> region(RegionCode code) {
        return find(code.value());
    }

    public Optional<Party> organisation(UUID id) {
        return find(id.toString());
    }

    public List<Party> regions() {
        return all().stream().filter(Party::isRegion).toList();
    }

    /** The secretariat (kansliet), when the reference data has it. */
    public Optional<Party> secretariat() {
        return all().stream().filter(Party::isSecretariat).findFirst();
    }
}

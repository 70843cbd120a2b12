package se.nspl.support;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.nspl.shared.CareLevel;

/**
 * One thing asked for and how many: patients of a care level, or a free kind such as
 * "intensive-care nurses". Exactly one of {@code careLevel} and {@code kind} is set.
 */
public record Item(
        UUID id, @Nullable CareLevel careLevel, @Nullable String kind, int quantity) {}

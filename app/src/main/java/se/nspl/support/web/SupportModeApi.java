package se.nspl.support.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.nspl.shared.Actor;
import se.nspl.shared.InvalidInputException;
import se.nspl.support.SupportMode;

@RestController
@RequestMapping("/api/v1/support-mode")
@Tag(name = "Support between regions")
class SupportModeApi {

    /** The switch as written: on or off, and why. */
    record ModeChange(
            @Nullable Boolean heightened, @Nullable String reason) {}

    private final SupportMode mode;

    SupportModeApi(SupportMode mode) {
        this.mode = mode;
    }

    @GetMapping
    @Operation(summary = "The national mode: under heightened preparedness every new request takes the full path")
    SupportMode.Mode get() {
        return mode.current();
    }

    @PutMapping
    @Operation(
            summary = "Switch heightened preparedness (höjd beredskap) on or off",
            description = "Secretariat only. Requests submitted from now on take the full path with the"
                    + " secretariat's approval (on), or the path of their region's level (off); requests"
                    + " already submitted keep theirs. The same mode again changes nothing.")
    SupportMode.Mode set(@RequestBody ModeChange change, Actor actor) {
        if (change.heightened() == null) {
            throw new InvalidInputException("heightened", "must be true or false");
        }
        return mode.set(change.heightened(), change.reason(), actor);
    }
}

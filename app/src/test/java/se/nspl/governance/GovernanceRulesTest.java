package se.nspl.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.governance.MeetingDraft.ActionDraft;
import se.nspl.organisation.Participation;
import se.nspl.organisation.ParticipationDecision;
import se.nspl.shared.InvalidInputException;
import se.nspl.shared.InvalidInputException.FieldError;
import se.nspl.shared.RegionCode;

/** The rules of meetings, actions, milestones and the overview, without Spring. */
class GovernanceRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2025-06-01");

    static List<String> fieldsOf(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        return List.of();
    }

    @Test
    void aMeetingNamesEveryBrokenRule() {
        var draft = new MeetingDraft(
                null,
                " ",
                "x".repeat(4001),
                Arrays.asList("Adopted", ""),
                Arrays.asList(new ActionDraft(null, null, "y".repeat(201), null, null), null));

        assertThat(fieldsOf(draft::check))
                .containsExactly(
                        "heldOn",
                        "title",
                        "notes",
                        "decisions[1]",
                        "actions[0].text",
                        "actions[0].responsible",
                        "actions[1]");
    }

    @Test
    void theSameActionCannotBeListedTwice() {
        var id = UUID.randomUUID();
        var draft = new MeetingDraft(
                TODAY,
                "Meeting",
                null,
                List.of(),
                List.of(new ActionDraft(id, "One", null, null, null), new ActionDraft(id, "Two", null, null, null)));

        assertThat(fieldsOf(draft::check)).containsExactly("actions[1].id");
    }

    @Test
    void anOpenActionPastItsDueDateIsOverdueADoneOneIsNot() {
        var open = new FollowUpAction(UUID.randomUUID(), "Report", null, TODAY.minusDays(1), ActionStatus.OPEN);
        var done = new FollowUpAction(UUID.randomUUID(), "Report", null, TODAY.minusDays(1), ActionStatus.DONE);
        var dueToday = new FollowUpAction(UUID.randomUUID(), "Report", null, TODAY, ActionStatus.OPEN);
        var undated = new FollowUpAction(UUID.randomUUID(), "Report", null, null, ActionStatus.OPEN);

        assertThat(open.overdueOn(TODAY)).isTrue();
        assertThat(done.overdueOn(TODAY)).isFalse();
        assertThat(dueToday.overdueOn(TODAY)).isFalse();
        assertThat(undated.overdueOn(TODAY)).isFalse();
    }

    @Test
    void onlyADoneMilestoneHasACompletionDateAndANewOneIsPlanned() {
        assertThat(fieldsOf(new MilestoneDraft("Decisions", null, TODAY, MilestoneStatus.IN_PROGRESS, TODAY)::check))
                .containsExactly("completedOn");
        assertThat(fieldsOf(new MilestoneDraft("Decisions", null, TODAY, MilestoneStatus.DONE, TODAY)::check))
                .isEmpty();
        assertThat(new MilestoneDraft("Decisions", null, TODAY, null, null).status())
                .isEqualTo(MilestoneStatus.PLANNED);
        assertThatThrownBy(new MilestoneDraft(null, null, null, null, null)::check)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("plannedOn");
    }

    @Test
    void theOverviewCountsEachKindOfDecision() {
        var overview = ParticipationOverview.of(List.of(
                decision("01", Participation.YES),
                decision("03", Participation.YES),
                decision("04", Participation.NO),
                decision("05", Participation.PENDING)));

        assertThat(overview.yes()).isEqualTo(2);
        assertThat(overview.no()).isEqualTo(1);
        assertThat(overview.pending()).isEqualTo(1);
        assertThat(overview.allDecided()).isFalse();
    }

    static RegionDecision decision(String code, Participation status) {
        return new RegionDecision(
                RegionCode.of(code),
                "Region " + code,
                new ParticipationDecision(status, status == Participation.PENDING ? null : TODAY, null),
                0);
    }
}

package se.nspl.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.nspl.shared.Actor;
import se.nspl.shared.RegionCode;
import se.nspl.shared.Role;

class OrganisationRegistryTest {

    static final RegionCode VASTERBOTTEN = RegionCode.of("24");
    static final RegionCode NORRBOTTEN = RegionCode.of("25");

    @Test
    void makesReadableSlugsOfSwedishNames() {
        assertThat(OrganisationRegistry.slugOf("Sjukhuset i Örnsköldsvik")).isEqualTo("sjukhuset-i-ornskoldsvik");
        assertThat(OrganisationRegistry.slugOf("Capio S:t Görans sjukhus")).isEqualTo("capio-s-t-gorans-sjukhus");
        assertThat(OrganisationRegistry.slugOf("!!!")).isEqualTo("hospital");
    }

    @Test
    void aRegionalCoordinatorEditsOnlyTheOwnRegion() {
        var coordinator = actor(Role.REGION_COORDINATOR, VASTERBOTTEN);

        assertThat(RegistryPermissions.mayEditHospitalsOf(coordinator, VASTERBOTTEN))
                .isTrue();
        assertThat(RegistryPermissions.mayEditHospitalsOf(coordinator, NORRBOTTEN))
                .isFalse();
    }

    @Test
    void aReporterAndAnAuthorityEditNothing() {
        assertThat(RegistryPermissions.mayEditHospitalsOf(actor(Role.REPORTER, VASTERBOTTEN), VASTERBOTTEN))
                .isFalse();
        assertThat(RegistryPermissions.mayEditHospitalsOf(actor(Role.AUTHORITY_VIEWER, null), VASTERBOTTEN))
                .isFalse();
        assertThat(RegistryPermissions.mayRecordParticipationOf(actor(Role.AUTHORITY_VIEWER, null), VASTERBOTTEN))
                .isFalse();
    }

    @Test
    void theSecretariatRecordsParticipationButDoesNotEditHospitals() {
        var national = actor(Role.NATIONAL_COORDINATOR, null);

        assertThat(RegistryPermissions.mayRecordParticipationOf(national, VASTERBOTTEN))
                .isTrue();
        assertThat(RegistryPermissions.mayEditHospitalsOf(national, VASTERBOTTEN))
                .isFalse();
    }

    @Test
    void anAdministratorEditsEveryRegion() {
        assertThat(RegistryPermissions.mayEditHospitalsOf(actor(Role.ADMIN, null), NORRBOTTEN))
                .isTrue();
    }

    private static Actor actor(Role role, RegionCode region) {
        return new Actor(UUID.randomUUID(), "someone", role, Optional.ofNullable(region), Set.of());
    }
}

package se.nspl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep their boundaries; their documentation is written to docs/architecture/modules. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(NsplApplication.class);
    static final Path DOCS = Path.of("..", "docs", "architecture", "modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DOCS)) {
            for (var file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, withSortedRelations(Files.readAllLines(file)));
            }
        }
    }

    /** The Documenter lists relations in no fixed order; sorted, the committed diagrams change only when the modules do. */
    static List<String> withSortedRelations(List<String> lines) {
        var relations =
                lines.stream().filter(l -> l.startsWith("Rel(")).sorted().iterator();
        var result = new ArrayList<String>(lines.size());
        for (var line : lines) {
            result.add(line.startsWith("Rel(") ? relations.next() : line);
        }
        return result;
    }
}

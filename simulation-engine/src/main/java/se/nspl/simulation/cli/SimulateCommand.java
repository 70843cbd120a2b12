package se.nspl.simulation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import se.nspl.simulation.FieldError;
import se.nspl.simulation.InvalidScenarioException;
import se.nspl.simulation.Mode;
import se.nspl.simulation.ResultWriter;
import se.nspl.simulation.Scenario;
import se.nspl.simulation.ScenarioReader;
import se.nspl.simulation.Simulation;

/**
 * {@code bin/nspl simulate SCENARIO.json [--threads N]}: reads a scenario of the contract, simulates it and prints the
 * result's JSON on standard output. {@code bin/nspl simulate --bench [--runs N] [--threads N]} runs the benchmark
 * scenario ({@link BenchScenario}: 21 regions × 3 levels × 90 days × 1 000 replications) N times and prints the wall
 * times. Exit codes: 0 done, 2 the command line or the scenario file is wrong (the reasons on standard error).
 */
public final class SimulateCommand {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    static final String USAGE = """
            Usage: bin/nspl simulate SCENARIO.json [--threads N]
                   bin/nspl simulate --bench [--runs N] [--threads N]""";

    private final PrintStream out;
    private final PrintStream err;

    public SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new SimulateCommand(System.out, System.err).run(args));
    }

    public int run(String... args) {
        Path file = null;
        boolean bench = false;
        int runs = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            if (arg.equals("--bench")) {
                bench = true;
            } else if (arg.equals("--runs") || arg.equals("--threads")) {
                if (k + 1 == args.length) {
                    return usage(arg + " needs a number");
                }
                Integer value = positive(args[++k]);
                if (value == null) {
                    return usage(arg + " must be a positive whole number, not '" + args[k] + "'");
                }
                if (arg.equals("--runs")) {
                    runs = value;
                } else {
                    threads = value;
                }
            } else if (arg.startsWith("-") || file != null) {
                return usage("unexpected argument '" + arg + "'");
            } else {
                file = Path.of(arg);
            }
        }
        if (bench) {
            return file != null ? usage("--bench takes no scenario file") : bench(runs, threads);
        }
        if (file == null) {
            return usage("the scenario file is missing");
        }
        Scenario scenario;
        try {
            scenario = new ScenarioReader().read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            err.println("nspl simulate: cannot read " + file + ": no such file");
            return BAD_INPUT;
        } catch (CharacterCodingException e) {
            err.println("nspl simulate: " + file + " is not UTF-8 text");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("nspl simulate: cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (InvalidScenarioException e) {
            err.println("nspl simulate: " + file + " is not a valid scenario:");
            for (FieldError error : e.errors()) {
                err.println("  " + error);
            }
            return BAD_INPUT;
        }
        out.println(new ResultWriter().write(new Simulation(threads).run(scenario)));
        return OK;
    }

    private int bench(int runs, int threads) {
        Scenario scenario = BenchScenario.create(Mode.STOCHASTIC, 1000);
        var simulation = new Simulation(threads);
        var writer = new ResultWriter();
        List<Double> seconds = new ArrayList<>();
        out.printf(
                "scenario: %d regions × %d levels × %d days × %d replications, %d threads%n",
                scenario.regions().size(), scenario.levels().size(), scenario.days(), scenario.replications(), threads);
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            String json = writer.write(simulation.run(scenario));
            double took = (System.nanoTime() - start) / 1e9;
            seconds.add(took);
            out.printf("run %d: %.2f s (%d bytes of JSON)%n", run, took, json.length());
        }
        Collections.sort(seconds);
        out.printf(
                "median %.2f s, max %.2f s, min %.2f s over %d runs (simulation and JSON, JVM started)%n",
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), seconds.get(0), runs);
        return OK;
    }

    private int usage(String problem) {
        err.println("nspl simulate: " + problem);
        err.println(USAGE);
        return BAD_INPUT;
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

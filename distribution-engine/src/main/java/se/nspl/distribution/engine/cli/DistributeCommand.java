package se.nspl.distribution.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import se.nspl.distribution.engine.DirectSolvers;
import se.nspl.distribution.engine.DistributionOptimiser;
import se.nspl.distribution.engine.DistributionPlan;
import se.nspl.distribution.engine.DistributionProblem;
import se.nspl.distribution.engine.FieldError;
import se.nspl.distribution.engine.InvalidProblemException;
import se.nspl.distribution.engine.PlanWriter;
import se.nspl.distribution.engine.ProblemGenerator;
import se.nspl.distribution.engine.ProblemReader;
import se.nspl.distribution.engine.ProblemWriter;

/**
 * {@code bin/nspl distribute PROBLEM.json [--time-limit SECONDS]}: reads a problem of the contract, optimises it and
 * prints the plan's JSON on standard output. With {@code --direct cpsat} or {@code --direct scip} the plain model of
 * {@link DirectSolvers} is solved by that solver instead, for the benchmark. Exit codes: 0 a plan was printed, 2 the command line or the problem file
 * is wrong (the reasons on standard error).
 *
 * <p>{@code bin/nspl distribute --generate --seed N --origins K --patients P [--out FILE]}: writes a realistic problem
 * of the {@link ProblemGenerator} to standard output or {@code FILE} instead. Exit codes: 0 the problem was written, 2
 * the command line is wrong or the file cannot be written.
 */
public final class DistributeCommand {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    static final String USAGE = """
            Usage: bin/nspl distribute PROBLEM.json [--time-limit SECONDS] [--direct cpsat|scip]
                   bin/nspl distribute --generate --seed N --origins K --patients P [--out FILE]""";

    private final PrintStream out;
    private final PrintStream err;

    public DistributeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new DistributeCommand(System.out, System.err).run(args));
    }

    public int run(String... args) {
        if (Arrays.asList(args).contains("--generate")) {
            return generate(args);
        }
        Path file = null;
        Duration timeLimit = DEFAULT_TIME_LIMIT;
        DirectSolvers.Solver direct = null;
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("--direct")) {
                if (k + 1 == args.length) {
                    return usage("--direct needs a solver: cpsat or scip");
                }
                direct = solver(args[++k]);
                if (direct == null) {
                    return usage("--direct must be cpsat or scip, not '" + args[k] + "'");
                }
            } else if (args[k].equals("--time-limit")) {
                if (k + 1 == args.length) {
                    return usage("--time-limit needs a number of seconds");
                }
                timeLimit = seconds(args[++k]);
                if (timeLimit == null) {
                    return usage("--time-limit must be a positive number of seconds, not '" + args[k] + "'");
                }
            } else if (args[k].startsWith("-") || file != null) {
                return usage("unexpected argument '" + args[k] + "'");
            } else {
                file = Path.of(args[k]);
            }
        }
        if (file == null) {
            return usage("the problem file is missing");
        }
        DistributionProblem problem;
        try (InputStream json = Files.newInputStream(file)) {
            problem = new ProblemReader().read(json);
        } catch (NoSuchFileException e) {
            err.println("nspl distribute: cannot read " + file + ": no such file");
            return BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("nspl distribute: cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (InvalidProblemException e) {
            err.println("nspl distribute: " + file + " is not a valid distribution problem:");
            for (FieldError error : e.errors()) {
                err.println("  " + error);
            }
            return BAD_INPUT;
        }
        DistributionPlan plan = direct == null
                ? new DistributionOptimiser().optimise(problem, timeLimit)
                : new DirectSolvers(problem).solve(direct, timeLimit);
        out.println(new PlanWriter().write(problem, plan));
        return OK;
    }

    private int generate(String... args) {
        Long seed = null;
        Integer origins = null;
        Integer patients = null;
        Path outFile = null;
        for (int k = 0; k < args.length; k++) {
            String option = args[k];
            if (option.equals("--generate")) {
                continue;
            }
            if (!List.of("--seed", "--origins", "--patients", "--out").contains(option)) {
                return usage("unexpected argument '" + option + "' with --generate");
            }
            if (k + 1 == args.length) {
                return usage(option + " needs a value");
            }
            String value = args[++k];
            switch (option) {
                case "--seed" -> {
                    seed = longOf(value);
                    if (seed == null) {
                        return usage("--seed must be a whole number, not '" + value + "'");
                    }
                }
                case "--origins" -> {
                    origins = positive(value);
                    if (origins == null) {
                        return usage("--origins must be a positive whole number, not '" + value + "'");
                    }
                }
                case "--patients" -> {
                    patients = positive(value);
                    if (patients == null) {
                        return usage("--patients must be a positive whole number, not '" + value + "'");
                    }
                }
                default -> outFile = Path.of(value);
            }
        }
        if (seed == null || origins == null || patients == null) {
            return usage("--generate needs --seed, --origins and --patients");
        }
        DistributionProblem problem;
        try {
            problem = new ProblemGenerator().generate(seed, origins, patients);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        String json = new ProblemWriter().write(problem) + "\n";
        if (outFile == null) {
            out.print(json);
            out.flush();
            return OK;
        }
        try {
            Files.writeString(outFile, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("nspl distribute: cannot write " + outFile + ": " + e);
            return BAD_INPUT;
        }
        return OK;
    }

    private static DirectSolvers.Solver solver(String name) {
        return switch (name) {
            case "cpsat" -> DirectSolvers.Solver.CP_SAT;
            case "scip" -> DirectSolvers.Solver.SCIP;
            default -> null;
        };
    }

    private static Long longOf(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int usage(String problem) {
        err.println("nspl distribute: " + problem);
        err.println(USAGE);
        return BAD_INPUT;
    }

    private static Duration seconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                return null;
            }
            return Duration.ofNanos((long) (seconds * 1e9));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

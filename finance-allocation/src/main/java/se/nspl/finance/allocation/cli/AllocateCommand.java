package se.nspl.finance.allocation.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import se.nspl.finance.allocation.AllocationJson;
import se.nspl.finance.allocation.CostKey;
import se.nspl.finance.allocation.FieldError;
import se.nspl.finance.allocation.InvalidAllocationException;

/**
 * {@code bin/nspl allocate ALLOCATION.json}: splits the file's budget among its participating
 * regions and prints each region's share and amount as JSON. Exit codes: 0 the allocation was
 * printed, 2 the command line or the file is wrong (the reasons on standard error, each naming
 * its field).
 */
public final class AllocateCommand {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final String USAGE = "Usage: bin/nspl allocate ALLOCATION.json";

    private final PrintStream out;
    private final PrintStream err;

    public AllocateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new AllocateCommand(System.out, System.err).run(args));
    }

    public int run(String... args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println(
                    "nspl allocate: " + (args.length == 0 ? "the allocation file is missing" : "unexpected arguments"));
            err.println(USAGE);
            return BAD_INPUT;
        }
        var file = Path.of(args[0]);
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("nspl allocate: cannot read " + file + ": no such file");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("nspl allocate: cannot read " + file + ": " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            out.println(AllocationJson.write(CostKey.allocate(AllocationJson.read(json))));
            return OK;
        } catch (InvalidAllocationException e) {
            err.println("nspl allocate: " + file + " is not a valid allocation:");
            for (FieldError error : e.errors()) {
                err.println("  " + error);
            }
            return BAD_INPUT;
        }
    }
}

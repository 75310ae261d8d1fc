import ArgumentParser
import Khaosan

/// `--date-convention`, shared by every subcommand that extracts dates (build, extract, eval, dates).
struct DateConventionOption: ParsableArguments {
    @Option(help: "DATE span convention: project ('ปี 2030', 'X ถึง Y' as one interval) or thaiNER ('ในปี [2538]', 'X ถึง Y' as two spans).")
    var dateConvention: DateSpanConvention = .project
}

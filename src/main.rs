use std::process::ExitCode;

fn main() -> ExitCode {
    multistage::cli::run()
}

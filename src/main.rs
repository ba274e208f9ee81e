use clap::Parser;

fn main() {
    let cli = kg::cli::Cli::parse();
    match kg::app::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("kg: error: {e:#}");
            std::process::exit(1);
        }
    }
}

use clap::Parser;

fn main() {
    let cli = kg::cli::Cli::parse();
    match kg::app::run(cli) {
        Ok(code) => std::process::exit(code),
        // `kg query ... | head`: the reader went away; that is not an error.
        Err(e) if is_broken_pipe(&e) => std::process::exit(0),
        Err(e) => {
            eprintln!("kg: error: {e:#}");
            std::process::exit(1);
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

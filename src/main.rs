use clap::Parser;

// mimalloc: the extractor makes many small allocations, which it serves faster than the
// system allocator (README.md, "Speed"). With the "override" feature it serves RocksDB's C and
// C++ too: memory is then never freed by an allocator other than the one that gave it.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

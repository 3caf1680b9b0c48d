//! The stage checker on one file: parse, stage graph and every lint — what
//! the editor runs after each keystroke and `multistage lint` runs once.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use multistage::graph::BuildOptions;
use multistage::lint::analyze;

const SIXTY_LINES: &str = include_str!("data/multistage-60.Dockerfile");
const CHEAT_SHEET: &str = include_str!("data/cheat-sheet.Dockerfile");

fn check(c: &mut Criterion) {
    let options = BuildOptions::default();
    let mut group = c.benchmark_group("parse+graph+lint");
    for (name, text) in [("cheat-sheet", CHEAT_SHEET), ("multistage-60", SIXTY_LINES)] {
        assert!(analyze(text, &options).is_ok(), "{name}");
        group.bench_function(name, |b| b.iter(|| analyze(black_box(text), &options)));
    }
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);

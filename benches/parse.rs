//! Parser speed on the three inputs of `benches/data/README.md`. The same
//! inputs are timed for BuildKit's own parser by `scripts/bench-reference.py`;
//! `BENCHMARKS.md` puts the two side by side.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

const CHEAT_SHEET: &str = include_str!("data/cheat-sheet.Dockerfile");
const SIXTY_LINES: &str = include_str!("data/multistage-60.Dockerfile");

/// The 60-line file 166 times, then its first 40 lines: 10,000 lines.
fn ten_thousand_lines() -> String {
    let mut text = SIXTY_LINES.repeat(166);
    for line in SIXTY_LINES.lines().take(40) {
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn parse(c: &mut Criterion) {
    let big = ten_thousand_lines();
    assert_eq!(big.lines().count(), 10_000);
    let mut group = c.benchmark_group("parse");
    for (name, text) in [
        ("cheat-sheet", CHEAT_SHEET),
        ("multistage-60", SIXTY_LINES),
        ("10000-lines", big.as_str()),
    ] {
        assert!(multistage::dockerfile::parse(text).is_ok(), "{name} parses");
        group.bench_function(name, |b| {
            b.iter(|| multistage::dockerfile::parse(black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);

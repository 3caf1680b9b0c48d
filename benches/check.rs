//! The stage checker on one file: parse, stage graph and every lint — what
//! the editor runs after each keystroke and `multistage lint` runs once —
//! and grading an exercise (that, plus the build simulation and the checks).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use multistage::exercise::{self, grade};
use multistage::graph::BuildOptions;
use multistage::lint::analyze;

const SIXTY_LINES: &str = include_str!("data/multistage-60.Dockerfile");
const CHEAT_SHEET: &str = include_str!("data/cheat-sheet.Dockerfile");
/// The largest file of the real-world corpus (moby/moby, 649 lines).
const LARGEST_REAL: &str = include_str!("../tests/corpus/files/moby/moby/Dockerfile");

fn check(c: &mut Criterion) {
    let options = BuildOptions::default();
    let mut group = c.benchmark_group("parse+graph+lint");
    for (name, text) in [
        ("cheat-sheet", CHEAT_SHEET),
        ("multistage-60", SIXTY_LINES),
        ("moby-649", LARGEST_REAL),
    ] {
        assert!(analyze(text, &options).is_ok(), "{name}");
        group.bench_function(name, |b| b.iter(|| analyze(black_box(text), &options)));
    }
    group.finish();
}

/// Grading every exercise's own files, its start and its solution: the
/// whole checker, simulation and start included (budget: under 1 ms each).
fn grading(c: &mut Criterion) {
    let exercises = exercise::all().expect("embedded exercises");
    let mut group = c.benchmark_group("grade");
    group
        .measurement_time(std::time::Duration::from_secs(1))
        .warm_up_time(std::time::Duration::from_millis(300))
        .sample_size(30);
    group.bench_function("load-12-exercises", |b| b.iter(exercise::all));
    for exercise in &exercises {
        assert!(
            grade(exercise, &exercise.solution).passed,
            "{}",
            exercise.id
        );
        let number = &exercise.id[..2];
        for (which, text) in [("start", &exercise.start), ("solution", &exercise.solution)] {
            group.bench_function(format!("{number}-{which}"), |b| {
                b.iter(|| grade(exercise, black_box(text)))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, check, grading);
criterion_main!(benches);

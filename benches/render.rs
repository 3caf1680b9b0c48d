//! Laying out a lesson: the longest one, at the two widths the snapshots
//! use, in colour (the most work: syntax highlighting of every code block).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use multistage::content;
use multistage::markdown::render;
use multistage::theme::{Background, ColorMode, Theme};

fn lessons(c: &mut Criterion) {
    let lessons = content::lessons().expect("lessons");
    let longest = lessons
        .iter()
        .max_by_key(|lesson| lesson.body.len())
        .expect("a lesson");
    let theme = Theme::new(ColorMode::TrueColor, Background::Dark);
    // Load the syntaxes once, as the tutorial does at its first code block.
    let _ = render(&longest.body, 80, &theme);
    let mut group = c.benchmark_group("render-longest-lesson");
    for width in [74u16, 114] {
        group.bench_function(format!("{}-{width}-columns", longest.slug), |b| {
            b.iter(|| render(black_box(&longest.body), width, &theme))
        });
    }
    group.finish();
}

criterion_group!(benches, lessons);
criterion_main!(benches);

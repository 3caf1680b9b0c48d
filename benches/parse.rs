use criterion::{Criterion, criterion_group, criterion_main};

fn parse(c: &mut Criterion) {
    let text = "FROM node:22 AS builder\nRUN npm ci\n";
    c.bench_function("parse/tiny", |b| {
        b.iter(|| multistage::dockerfile::parse(text))
    });
}

criterion_group!(benches, parse);
criterion_main!(benches);

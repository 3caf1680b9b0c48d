//! Helpers for the simulation's tests: the exercises' own scenarios, and a
//! Dockerfile simulated in one of them.

use super::{Note, NoteKind, Scenario, Simulation, simulate};
use crate::graph::{self, BuildOptions};

/// The scenario of an embedded exercise, by its number (`"04"`).
pub fn scenario(number: &str) -> Scenario {
    crate::exercise::all()
        .expect("the embedded exercises read")
        .into_iter()
        .find(|exercise| exercise.id.starts_with(number))
        .expect("that exercise")
        .scenario
}

/// `text` built in exercise `number`'s project.
pub fn build(number: &str, text: &str) -> Simulation {
    let dockerfile = crate::dockerfile::parse(text).expect("parses");
    let graph = graph::build(&dockerfile, &BuildOptions::default()).expect("graph");
    simulate(&dockerfile, &graph, &scenario(number))
}

/// What would stop the build, in line order.
pub fn blocking(simulation: &Simulation) -> Vec<NoteKind> {
    let mut notes: Vec<&Note> = simulation
        .stages
        .iter()
        .flat_map(|stage| &stage.notes)
        .filter(|note| note.blocks_build())
        .collect();
    notes.sort_by_key(|note| note.line);
    notes.into_iter().map(|note| note.kind.clone()).collect()
}

/// Every note, blocking or not.
pub fn notes(simulation: &Simulation) -> Vec<NoteKind> {
    simulation
        .stages
        .iter()
        .flat_map(|stage| stage.notes.iter().map(|note| note.kind.clone()))
        .collect()
}

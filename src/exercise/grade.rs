//! Grading: a learner's Dockerfile against an exercise. The text goes
//! through the whole checker — parse, stage graph, lints, build simulation
//! — and every check of the exercise judges the result. A file that does not
//! parse still gets a grade: every check fails, and the diagnostics say why.

use std::borrow::Cow;

use super::Exercise;
use super::checks::Subject;
use crate::graph::{BuildOptions, StageGraph};
use crate::lint::{self, Diagnostic, Message};
use crate::simulate::{self, Note, Scenario, Simulation};

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckResult {
    pub id: String,
    pub passed: bool,
    /// What the check is worth; it scores them when passed.
    pub points: u32,
    /// The goal.
    pub message: Message,
    /// What the checker saw, when the check failed.
    pub detail: Option<Message>,
}

/// A graded Dockerfile.
#[derive(Debug, Clone)]
pub struct Grade {
    pub exercise: String,
    pub passed: bool,
    pub checks: Vec<CheckResult>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the simulation noticed in the stages the build runs.
    pub notes: Vec<Note>,
    /// Estimated sizes on disk: the learner's final image, the naive one.
    pub final_size: Option<u64>,
    pub naive_size: Option<u64>,
    /// The simulated build and the stage graph, for views that draw them.
    pub simulation: Option<Simulation>,
    pub graph: Option<StageGraph>,
}

impl CheckResult {
    pub fn score(&self) -> u32 {
        if self.passed { self.points } else { 0 }
    }
}

impl Grade {
    /// Points of the checks passed.
    pub fn score(&self) -> u32 {
        self.checks.iter().map(CheckResult::score).sum()
    }

    /// Points of every check.
    pub fn max_score(&self) -> u32 {
        self.checks.iter().map(|check| check.points).sum()
    }

    /// Every check failed for one reason: the file cannot be read or parsed.
    pub fn failed(exercise: &Exercise, reason: Message) -> Grade {
        Grade {
            exercise: exercise.id.clone(),
            passed: false,
            checks: exercise
                .checks
                .iter()
                .map(|spec| CheckResult {
                    id: spec.id.clone(),
                    passed: false,
                    points: spec.points,
                    message: spec.message.clone(),
                    detail: Some(reason.clone()),
                })
                .collect(),
            diagnostics: Vec::new(),
            notes: Vec::new(),
            final_size: None,
            naive_size: None,
            simulation: None,
            graph: None,
        }
    }
}

/// The estimated size of a Dockerfile's final image, in the exercise's scenario.
pub(super) fn estimated_size(text: &str, exercise: &Exercise) -> Option<u64> {
    let analysis = lint::analyze(text, &exercise.scenario.build_options()).ok()?;
    let simulation = simulate::simulate(
        analysis.dockerfile.as_ref()?,
        analysis.graph.as_ref()?,
        &exercise.scenario,
    );
    simulation.image().size()
}

/// Grades `text` for `exercise`, beside the exercise's starting
/// `.dockerignore` where the learner writes one.
pub fn grade(exercise: &Exercise, text: &str) -> Grade {
    let start = exercise
        .dockerignore
        .as_ref()
        .map(|files| files.start.as_str());
    grade_files(exercise, text, start)
}

/// Grades a learner's `Dockerfile` and, for an exercise where they write
/// it, their `.dockerignore` (`None`: there is no such file, and Docker
/// then sends the whole context).
pub fn grade_files(exercise: &Exercise, text: &str, dockerignore: Option<&str>) -> Grade {
    let scenario = match &exercise.dockerignore {
        Some(_) => {
            let mut scenario = exercise.scenario.clone();
            scenario.dockerignore = dockerignore
                .map(crate::simulate::read_dockerignore)
                .unwrap_or_default();
            Cow::Owned(scenario)
        }
        None => Cow::Borrowed(&exercise.scenario),
    };
    let builds = scenario.builds();
    let mut shown = grade_build(exercise, &scenario, text, &builds[0]);
    // Built for other platforms, or on other machines: a check passes only
    // if it passes in every build, and says which one fails.
    for options in &builds[1..] {
        let other = grade_build(exercise, &scenario, text, options);
        for (check, there) in shown.checks.iter_mut().zip(other.checks) {
            if check.passed && !there.passed {
                check.passed = false;
                let platforms = (options.platform.spec(), options.build_platform.spec());
                let detail = there.detail.unwrap_or_else(|| Message::new("", ""));
                check.detail = Some(Message::new(
                    format!(
                        "Pour {} (build sur {})\u{a0}: {}",
                        platforms.0,
                        platforms.1,
                        lower_first(&detail.fr)
                    ),
                    format!(
                        "For {} (built on {}): {}",
                        platforms.0,
                        platforms.1,
                        lower_first(&detail.en)
                    ),
                ));
            }
        }
    }
    shown.passed = shown.checks.iter().all(|check| check.passed);
    shown
}

/// `sentence` with its first letter in lower case, to follow a colon
/// (`Le compilateur` → `le compilateur`; a code span stays as it is).
fn lower_first(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match chars.next() {
        Some(first) if first.is_uppercase() && chars.next().is_some_and(char::is_lowercase) => {
            first
                .to_lowercase()
                .chain(sentence[first.len_utf8()..].chars())
                .collect()
        }
        _ => sentence.to_string(),
    }
}

/// The grade of one build of `text`: one target platform, one build machine.
fn grade_build(
    exercise: &Exercise,
    scenario: &Scenario,
    text: &str,
    options: &BuildOptions,
) -> Grade {
    let naive_size = exercise.naive_size();
    let analysis = lint::analyze(text, options);
    let (dockerfile, graph, diagnostics) = match analysis {
        Ok(analysis) => (analysis.dockerfile, analysis.graph, analysis.diagnostics),
        // Only an unknown --target fails the analysis, and grading sets none.
        Err(_) => (None, None, Vec::new()),
    };
    let (Some(dockerfile), Some(graph)) = (dockerfile, graph) else {
        let reason = Message::new(
            "Le Dockerfile ne se lit pas (voir les diagnostics).",
            "The Dockerfile cannot be read (see the diagnostics).",
        );
        let mut grade = Grade::failed(exercise, reason);
        grade.diagnostics = diagnostics;
        grade.naive_size = naive_size;
        return grade;
    };
    let simulation = simulate::simulate(&dockerfile, &graph, scenario);
    let subject = Subject {
        dockerfile: &dockerfile,
        graph: &graph,
        diagnostics: &diagnostics,
        simulation: &simulation,
        naive_size,
        scenario,
    };
    let checks: Vec<CheckResult> = exercise
        .checks
        .iter()
        .map(|spec| {
            let outcome = spec.check.evaluate(&subject);
            CheckResult {
                id: spec.id.clone(),
                passed: outcome.passed,
                points: spec.points,
                message: spec.message.clone(),
                detail: outcome.detail,
            }
        })
        .collect();
    let notes = simulation.notes(&graph).into_iter().cloned().collect();
    Grade {
        exercise: exercise.id.clone(),
        passed: checks.iter().all(|check| check.passed),
        checks,
        diagnostics,
        notes,
        final_size: simulation.image().size(),
        naive_size,
        simulation: Some(simulation),
        graph: Some(graph),
    }
}

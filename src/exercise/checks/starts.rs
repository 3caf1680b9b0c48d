//! The `starts` check: would `docker run` get the application going, and
//! would it serve its first request? The simulation works out how the
//! container starts ([`crate::simulate::launch`]); this check only turns
//! the first problem found into its failure, and says when the checker
//! could not follow the start to the end.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject, lower_case};
use crate::i18n::Lang;
use crate::lint::Message;
use crate::simulate::launch;

/// The start command reaches the application, which finds what it needs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Starts {
    /// The stage whose image is started (`dev`); the final image by default.
    pub stage: Option<String>,
    /// The `package.json` script the start must run (`dev`).
    pub script: Option<String>,
}

impl Evaluate for Starts {
    fn validate(&self) -> Result<(), Message> {
        self.stage.as_deref().map_or(Ok(()), lower_case)
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let image = match &self.stage {
            Some(name) => match subject.stage(name) {
                Some(stage) => &subject.simulation.stages[stage.index],
                None => return subject.missing_stage(name),
            },
            None => subject.simulation.image(),
        };
        let launch = launch(image, subject.scenario);
        if let Some(script) = &self.script
            && launch.problems.is_empty()
            && !launch.scripts.contains(script)
        {
            let argv = launch.argv.join(" ");
            return Outcome::fail(
                format!("Le conteneur lance `{argv}`, pas `npm run {script}`."),
                format!("The container runs `{argv}`, not `npm run {script}`."),
            );
        }
        match launch.problems.first() {
            Some(problem) => Outcome::fail(problem.message(Lang::Fr), problem.message(Lang::En)),
            None if launch.app.is_none() && !launch.unknowns.is_empty() => {
                let what = launch.unknowns.join(", ");
                Outcome {
                    passed: true,
                    detail: Some(Message::new(
                        format!(
                            "Le correcteur ne sait pas ce que fait `{what}`\u{a0}: il n’a pas pu suivre le démarrage jusqu’à l’application."
                        ),
                        format!(
                            "The checker does not know what `{what}` does: it could not follow the start down to the application."
                        ),
                    )),
                }
            }
            None => Outcome::pass(),
        }
    }
}

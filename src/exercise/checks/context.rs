//! Checks on the build context itself: what `docker build` sends to
//! BuildKit once `.dockerignore` has done its work.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::i18n::Lang;
use crate::lint::Message;
use crate::safe_text::escape_controls;
use crate::simulate::dockerignore::{self, Folder};
use crate::simulate::{self, Size, Tag};

/// None of these paths of the project (relative to the context's root) is
/// sent, nor anything they hold: a folder that `.dockerignore` empties
/// (`node_modules/*`) counts as gone, one it only thins out does not.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextExcludes {
    pub paths: Vec<String>,
}

impl Evaluate for ContextExcludes {
    fn validate(&self) -> Result<(), Message> {
        if self.paths.is_empty() {
            return Err(Message::new(
                "`paths` ne peut pas être vide",
                "`paths` cannot be empty",
            ));
        }
        match self
            .paths
            .iter()
            .find(|path| path.starts_with('/') || path.is_empty())
        {
            Some(path) => Err(Message::new(
                format!(
                    "`{path}`\u{a0}: un chemin du contexte, relatif à sa racine (sans `/` au début)"
                ),
                format!("`{path}`: a path of the context, relative to its root (no leading `/`)"),
            )),
            None => Ok(()),
        }
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let context = simulate::context(subject.scenario);
        let patterns = dockerignore::Patterns::new(&subject.scenario.dockerignore);
        let still_sent: Vec<(&str, u64, Option<String>)> = self
            .paths
            .iter()
            .filter_map(|path| {
                let path = path.trim_end_matches('/');
                let tag = Tag::File(path.to_string());
                context
                    .entries
                    .iter()
                    .find(|entry| entry.has(&tag))
                    .map(|entry| {
                        let partly = match patterns.folder(path) {
                            // The learner's text: no control character reaches the terminal.
                            Folder::Partly(pattern) if entry.dir => {
                                Some(escape_controls(&pattern).into_owned())
                            }
                            _ => None,
                        };
                        (path, entry.size, partly)
                    })
            })
            .collect();
        let (partly, surely): (Vec<_>, Vec<_>) = still_sent
            .iter()
            .partition(|(_, _, partly)| partly.is_some());
        let mut sentences = (Vec::new(), Vec::new());
        if !surely.is_empty() {
            let list = |lang: Lang| {
                surely
                    .iter()
                    .map(|(path, size, _)| format!("`{path}` ({})", Size(*size).display(lang)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            sentences.0.push(format!(
                "Le contexte de build contient encore\u{a0}: {}.",
                list(Lang::Fr)
            ));
            sentences.1.push(format!(
                "The build context still holds: {}.",
                list(Lang::En)
            ));
        }
        // One sentence per pattern that reaches inside folders.
        let mut patterns: Vec<&str> = Vec::new();
        for pattern in partly.iter().filter_map(|(_, _, p)| p.as_deref()) {
            if !patterns.contains(&pattern) {
                patterns.push(pattern);
            }
        }
        for pattern in patterns {
            let folders = partly
                .iter()
                .filter(|(_, _, p)| p.as_deref() == Some(pattern))
                .map(|(path, _, _)| format!("`{path}`"))
                .collect::<Vec<_>>()
                .join(", ");
            sentences.0.push(format!("Le motif `{pattern}` entre dans {folders} sans tout en exclure\u{a0}: une partie peut encore être envoyée."));
            sentences.1.push(format!("The pattern `{pattern}` reaches inside {folders} without excluding all of it: part of it may still be sent."));
        }
        Outcome::unless(
            still_sent.is_empty(),
            sentences.0.join(" "),
            sentences.1.join(" "),
        )
    }
}

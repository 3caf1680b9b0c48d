//! Checks on base images: the final stage's, and the global `ARG` that
//! writes a version once for every `FROM`.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::graph::BaseKind;
use crate::i18n::Lang;
use crate::lint::Message;
use crate::simulate::{Tag, images};

const VARIANTS: [&str; 4] = ["slim", "alpine", "distroless", "scratch"];

/// `slim, alpine or distroless`.
fn or_list(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => items.join(""),
    }
}

/// The final image's base satisfies every field given.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FinalBase {
    #[serde(default)]
    pub one_of: Vec<String>,
    #[serde(default)]
    pub none_of: Vec<String>,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub provides: Vec<String>,
}

impl Evaluate for FinalBase {
    fn validate(&self) -> Result<(), Message> {
        if self.one_of.is_empty()
            && self.none_of.is_empty()
            && self.variants.is_empty()
            && self.provides.is_empty()
        {
            return Err(Message::new(
                "donnez `one_of`, `none_of`, `variants` ou `provides`",
                "give `one_of`, `none_of`, `variants` or `provides`",
            ));
        }
        match self
            .variants
            .iter()
            .find(|v| !VARIANTS.contains(&v.as_str()))
        {
            Some(unknown) => Err(Message::new(
                format!(
                    "variante inconnue `{unknown}` (connues\u{a0}: {})",
                    VARIANTS.join(", ")
                ),
                format!(
                    "unknown variant `{unknown}` (known: {})",
                    VARIANTS.join(", ")
                ),
            )),
            None => Ok(()),
        }
    }

    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        // The image at the root of the final stage's FROM chain.
        let image = subject.graph.root_image(subject.graph.target);
        let shown = format!("`{image}`");
        if !self.one_of.is_empty()
            && !self
                .one_of
                .iter()
                .any(|pattern| images::matches(pattern, &image))
        {
            return Outcome::fail(
                format!(
                    "L’image finale part de {shown}, qui n’est pas parmi\u{a0}: {}.",
                    self.one_of.join(", ")
                ),
                format!(
                    "The final image starts from {shown}, which is not one of: {}.",
                    self.one_of.join(", ")
                ),
            );
        }
        if let Some(pattern) = self
            .none_of
            .iter()
            .find(|pattern| images::matches(pattern, &image))
        {
            return Outcome::fail(
                format!("L’image finale part de {shown}, à éviter ici ({pattern})."),
                format!("The final image starts from {shown}, to avoid here ({pattern})."),
            );
        }
        if !self.variants.is_empty() {
            let variant = if image == "scratch" {
                Some("scratch")
            } else {
                images::variant(&image)
            };
            if !variant.is_some_and(|variant| self.variants.iter().any(|v| v == variant)) {
                return Outcome::fail(
                    format!(
                        "L’image finale part de {shown}, qui n’est {}.",
                        match self.variants.as_slice() {
                            [only] => format!("pas une variante {only}"),
                            all => all
                                .iter()
                                .map(|v| format!("ni {v}"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        }
                    ),
                    format!(
                        "The final image starts from {shown}, which is not a {} variant.",
                        or_list(&self.variants)
                    ),
                );
            }
        }
        let image_files = subject.simulation.image();
        if !image_files.base.is_known() && !self.provides.is_empty() {
            // An image the table does not know: what it provides is unknown, not absent.
            return Outcome {
                passed: true,
                detail: Some(Message::new(
                    format!(
                        "Le correcteur ne connaît pas {shown}\u{a0}: il ne peut pas dire ce qu’elle fournit."
                    ),
                    format!("The checker does not know {shown}: it cannot tell what it provides."),
                )),
            };
        }
        let missing: Vec<Tag> = self
            .provides
            .iter()
            .filter_map(|tag| tag.parse::<Tag>().ok())
            .filter(|tag| !image_files.has(tag))
            .collect();
        Outcome::unless(
            missing.is_empty(),
            format!(
                "L’image finale ({shown}) ne fournit pas {}.",
                missing
                    .iter()
                    .map(|t| t.label(Lang::Fr))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!(
                "The final image ({shown}) does not provide {}.",
                missing
                    .iter()
                    .map(|t| t.label(Lang::En))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    }
}

/// A global `ARG` with a default value is used by every `FROM` that names an
/// image (and is none of the names to `avoid`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalArgInFrom {
    /// Names the instructions ask to avoid (`NODE_VERSION`, which the node
    /// image sets in its environment).
    #[serde(default)]
    pub avoid: Vec<String>,
}

impl Evaluate for GlobalArgInFrom {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let versions: Vec<(&str, &str)> = subject
            .graph
            .global_args
            .iter()
            .filter_map(|arg| Some((arg.name.as_str(), arg.value.as_deref()?)))
            .filter(|(_, value)| !value.is_empty())
            .collect();
        if versions.is_empty() {
            return Outcome::fail(
                "Aucun `ARG` avec une valeur par défaut avant le premier `FROM`.",
                "No `ARG` with a default value before the first `FROM`.",
            );
        }
        // A variable of a FROM that no global ARG declares (`${node_major}`
        // for `ARG NODE_MAJOR`): names are case-sensitive.
        if let Some((_, names)) = subject.graph.undeclared_in_from.first()
            && let Some(name) = names.iter().next()
        {
            let declared = versions
                .iter()
                .map(|(n, _)| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ");
            return Outcome::fail(
                format!(
                    "`${{{name}}}` n’est déclaré par aucun `ARG` avant le premier `FROM` (il y a {declared}, et les noms distinguent majuscules et minuscules)."
                ),
                format!(
                    "`${{{name}}}` is declared by no `ARG` before the first `FROM` (there is {declared}, and names are case-sensitive)."
                ),
            );
        }
        let uses = |written: &str, name: &str| {
            written.contains(&format!("${name}")) || written.contains(&format!("${{{name}"))
        };
        // What a FROM writes besides its variables: the version must not be there.
        let literal_part = |written: &str| {
            let mut rest = written.to_string();
            for (name, _) in &versions {
                for pattern in [format!("${{{name}}}"), format!("${name}")] {
                    rest = rest.replace(&pattern, "");
                }
            }
            rest
        };
        let used: Vec<&str> = versions
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| {
                subject
                    .graph
                    .stages
                    .iter()
                    .any(|stage| uses(&stage.base_written, name))
            })
            .collect();
        if let Some(name) = used
            .iter()
            .find(|name| self.avoid.iter().any(|avoid| avoid == *name))
        {
            return Outcome::fail(
                format!(
                    "`{name}` est à éviter ici\u{a0}: l’image de base définit déjà une variable d’environnement de ce nom. Choisissez-en un autre."
                ),
                format!(
                    "`{name}` is to avoid here: the base image already sets an environment variable of that name. Pick another one."
                ),
            );
        }
        let mut hard_coded: Vec<(String, usize)> = Vec::new();
        for stage in &subject.graph.stages {
            if stage.base_kind != BaseKind::Image {
                continue;
            }
            let written = &stage.base_written;
            let parameterised = versions.iter().any(|(name, _)| uses(written, name));
            let literal = literal_part(written);
            let repeats = versions.iter().any(|(_, value)| {
                value.chars().any(|c| c.is_ascii_digit()) && literal.contains(*value)
            });
            if !parameterised || repeats {
                hard_coded.push((written.clone(), stage.start_line));
            }
        }
        if !hard_coded.is_empty() {
            let list = |word: &str| {
                hard_coded
                    .iter()
                    .map(|(written, line)| format!("`{written}` ({word} {line})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (fr, en) = if hard_coded.len() == 1 {
                ("Ce FROM écrit", "This FROM line hard-codes")
            } else {
                ("Ces FROM écrivent", "These FROM lines hard-code")
            };
            return Outcome::fail(
                format!("{fr} la version en dur\u{a0}: {}.", list("ligne")),
                format!("{en} the version: {}.", list("line")),
            );
        }
        // Redeclared inside a stage with a value of its own, the version is written twice.
        let redeclared = subject.graph.stages.iter().find_map(|stage| {
            stage.instructions.clone().skip(1).find_map(|index| {
                let instruction = &subject.dockerfile.instructions[index];
                if instruction.command.kind() != Some(crate::dockerfile::Keyword::Arg) {
                    return None;
                }
                instruction.command.args.iter().find_map(|arg| {
                    let (name, _) = arg.split_once('=')?;
                    versions
                        .iter()
                        .any(|(global, _)| *global == name)
                        .then(|| (name.to_string(), instruction.start_line))
                })
            })
        });
        match redeclared {
            Some((name, line)) => Outcome::fail(
                format!(
                    "Ligne {line}\u{a0}: `ARG {name}=…` redonne une valeur\u{a0}; dans un stage, redéclarez-le sans valeur (`ARG {name}`) pour reprendre celle d’avant le premier FROM."
                ),
                format!(
                    "Line {line}: `ARG {name}=…` gives a value again; in a stage, redeclare it without one (`ARG {name}`) to take the one from before the first FROM."
                ),
            ),
            None => Outcome::pass(),
        }
    }
}

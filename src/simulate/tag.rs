//! What a simulated file is, in the words teachers write in `exercise.toml`
//! (`tags = ["build-output"]`): one closed vocabulary, so a misspelt tag is
//! refused when the exercise loads instead of never matching. Each tag has
//! the learner's name for what it marks, for the details of failed checks.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use crate::i18n::Lang;

/// Declares the tags: the variant, its name in `exercise.toml`, and what the
/// learner calls it in French and English.
macro_rules! tags {
    ($($variant:ident = $name:literal, $fr:literal, $en:literal;)*) => {
        /// One thing a file of a stage is or provides.
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Tag {
            $($variant,)*
            /// A file of the build context, by its path there (`file:package.json`).
            File(String),
        }

        impl Tag {
            /// Every tag but `file:PATH`.
            pub const ALL: &'static [Tag] = &[$(Tag::$variant,)*];

            /// The name teachers write.
            pub fn name(&self) -> &str {
                match self {
                    $(Tag::$variant => $name,)*
                    Tag::File(path) => path,
                }
            }

            /// The learner's name for what the tag marks.
            pub fn label(&self, lang: Lang) -> String {
                match self {
                    $(Tag::$variant => lang.pick($fr, $en).to_string(),)*
                    Tag::File(path) => format!("`{path}`"),
                }
            }
        }

        impl FromStr for Tag {
            type Err = ();

            fn from_str(text: &str) -> Result<Tag, ()> {
                match text {
                    $($name => Ok(Tag::$variant),)*
                    _ => match text.strip_prefix("file:") {
                        Some(path) if !path.is_empty() => Ok(Tag::File(path.to_string())),
                        _ => Err(()),
                    },
                }
            }
        }
    };
}

tags! {
    BaseImage = "base-image", "les fichiers de l’image de base", "the base image’s files";
    BuildOutput = "build-output", "le résultat du build", "the build output";
    Dependencies = "dependencies", "les dépendances", "the dependencies";
    DevDependencies = "dev-dependencies", "les dépendances de développement", "the development dependencies";
    Sources = "sources", "les sources", "the sources";
    Tests = "tests", "les tests", "the tests";
    Manifest = "manifest", "le manifeste du projet", "the project manifest";
    Lockfile = "lockfile", "le fichier de verrouillage", "the lock file";
    Config = "config", "la configuration du build", "the build configuration";
    Docs = "docs", "la documentation", "the documentation";
    Vcs = "vcs", "l’historique Git", "the Git history";
    Compiler = "compiler", "un compilateur (gcc)", "a compiler (gcc)";
    CaCertificates = "ca-certificates", "les certificats CA", "the CA certificates";
    Binary = "binary", "un binaire", "a binary";
    StaticBinary = "static-binary", "un binaire statique", "a static binary";
    DynamicBinary = "dynamic-binary", "un binaire lié dynamiquement", "a dynamically linked binary";
    Wheels = "wheels", "des wheels Python", "Python wheels";
    Venv = "venv", "un environnement virtuel Python", "a Python virtual environment";
    PythonPackages = "python-packages", "des paquets Python installés", "installed Python packages";
    PrefixLayout = "prefix-layout", "des paquets Python sous un préfixe (`--prefix`)", "Python packages under a prefix (`--prefix`)";
    BuildCache = "build-cache", "un cache de build", "a build cache";
    AptLists = "apt-lists", "les listes de paquets apt", "the apt package lists";
    SystemPackages = "system-packages", "des paquets système", "system packages";
    ImageFiles = "image-files", "des fichiers de l’image", "files of the image";
    Download = "download", "un fichier téléchargé", "a downloaded file";
    Other = "other", "un fichier", "a file";
    Node = "node", "Node.js", "Node.js";
    Python = "python", "Python", "Python";
    Php = "php", "PHP", "PHP";
    Composer = "composer", "Composer", "Composer";
    Go = "go", "la chaîne Go", "the Go toolchain";
    Shell = "shell", "un shell", "a shell";
    Bash = "bash", "bash", "bash";
    Glibc = "glibc", "la glibc", "glibc";
    Musl = "musl", "la bibliothèque C musl", "the musl C library";
    Libstdcxx = "libstdcxx", "la bibliothèque C++ (libstdc++)", "the C++ library (libstdc++)";
    Java = "java", "Java", "Java";
    Pnpm = "pnpm", "pnpm", "pnpm";
    Uv = "uv", "uv", "uv";
    Git = "git", "git", "git";
    Unzip = "unzip", "unzip", "unzip";
    PhpZip = "php-zip", "l’extension zip de PHP", "PHP’s zip extension";
    Tini = "tini", "tini", "tini";
    PhpFpm = "php-fpm", "PHP-FPM", "PHP-FPM";
    Apache = "apache", "Apache", "Apache";
    Autoloader = "autoloader", "l’autoloader de Composer (`vendor/autoload.php`)", "Composer’s autoloader (`vendor/autoload.php`)";
    ClassmapWithoutCode = "classmap-without-code", "un autoloader figé sans les classes de l’application", "an autoloader frozen without the application’s classes";
    Secret = "secret", "un secret de build (identifiants)", "a build secret (credentials)";
}

impl Tag {
    /// Every name a check may use, for error messages.
    pub fn known_names() -> String {
        Tag::ALL
            .iter()
            .map(Tag::name)
            .collect::<Vec<_>>()
            .join(", ")
            + ", file:PATH"
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tag::File(path) => write!(f, "file:{path}"),
            other => f.write_str(other.name()),
        }
    }
}

impl<'de> Deserialize<'de> for Tag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Tag, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(|()| {
            serde::de::Error::custom(format!(
                "unknown tag `{text}` (known: {})",
                Tag::known_names()
            ))
        })
    }
}

impl serde::Serialize for Tag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_unknown_ones_are_refused() {
        for tag in Tag::ALL {
            assert_eq!(tag.to_string().parse::<Tag>(), Ok(tag.clone()));
        }
        assert_eq!(
            "file:package.json".parse::<Tag>(),
            Ok(Tag::File("package.json".into()))
        );
        assert!("dev-dependency".parse::<Tag>().is_err());
        assert!("file:".parse::<Tag>().is_err());
        assert_eq!(Tag::Sources.label(Lang::Fr), "les sources");
    }
}

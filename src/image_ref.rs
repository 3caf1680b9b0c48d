//! Image references as Docker reads them: `[registry/]path[:tag][@digest]`.
//! The stage graph and the lints use them to tell an image from a stage
//! name, to find missing tags, and to spot a base image BuildKit would refuse.

/// The parts of an image reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageRef<'a> {
    /// `ghcr.io`, `localhost:5000`…; `None` for Docker Hub.
    pub registry: Option<&'a str>,
    /// `node`, `library/node`, `astral-sh/uv`…
    pub path: &'a str,
    pub tag: Option<&'a str>,
    pub digest: Option<&'a str>,
}

/// Why Docker would refuse a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefError {
    Empty,
    /// The name has capital letters ("repository name must be lowercase").
    UpperCase,
    /// Some other character or shape Docker refuses.
    Invalid,
}

impl<'a> ImageRef<'a> {
    /// Splits and checks `text` as Docker's reference grammar does.
    pub fn parse(text: &'a str) -> Result<ImageRef<'a>, RefError> {
        if text.is_empty() {
            return Err(RefError::Empty);
        }
        let (rest, digest) = match text.split_once('@') {
            Some((rest, digest)) => (rest, Some(digest)),
            None => (text, None),
        };
        if let Some(digest) = digest
            && !valid_digest(digest)
        {
            return Err(RefError::Invalid);
        }
        // A tag is after the last `:` that follows the last `/`.
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(colon) => (
                &rest[..last_slash + colon],
                Some(&rest[last_slash + colon + 1..]),
            ),
            None => (rest, None),
        };
        if let Some(tag) = tag
            && !valid_tag(tag)
        {
            return Err(RefError::Invalid);
        }
        let (registry, path) = match name.split_once('/') {
            Some((first, path))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                (Some(first), path)
            }
            _ => (None, name),
        };
        if path.is_empty() {
            return Err(RefError::Empty);
        }
        if path.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(RefError::UpperCase);
        }
        if !path.split('/').all(valid_path_component) {
            return Err(RefError::Invalid);
        }
        Ok(ImageRef {
            registry,
            path,
            tag,
            digest,
        })
    }

    /// An image of the Docker Hub's `library/` namespace (`node`, `library/node`).
    pub fn official_name(&self) -> Option<&'a str> {
        // mirror.gcr.io is Google's pull-through cache of Docker Hub: the same images.
        match self.registry {
            None
            | Some("docker.io" | "index.docker.io" | "registry-1.docker.io" | "mirror.gcr.io") => {}
            Some(_) => return None,
        }
        let path = self.path.strip_prefix("library/").unwrap_or(self.path);
        (!path.contains('/')).then_some(path)
    }
}

/// `[a-z0-9]+` joined by `.`, `_`, `__` or runs of `-`.
fn valid_path_component(component: &str) -> bool {
    let bytes = component.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if bytes.is_empty() || !alnum(bytes[0]) || !alnum(bytes[bytes.len() - 1]) {
        return false;
    }
    let mut separator_run = String::new();
    for &b in bytes {
        if alnum(b) {
            let ok = separator_run.is_empty()
                || matches!(separator_run.as_str(), "." | "_" | "__")
                || separator_run.bytes().all(|s| s == b'-');
            if !ok {
                return false;
            }
            separator_run.clear();
        } else if matches!(b, b'.' | b'_' | b'-') {
            separator_run.push(char::from(b));
        } else {
            return false;
        }
    }
    true
}

/// `[\w][\w.-]{0,127}`.
fn valid_tag(tag: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = tag.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 128
        && word(bytes[0])
        && bytes.iter().all(|&b| word(b) || b == b'.' || b == b'-')
}

/// `algorithm:hex`, with at least 32 hexadecimal digits.
fn valid_digest(digest: &str) -> bool {
    let Some((algorithm, hex)) = digest.split_once(':') else {
        return false;
    };
    !algorithm.is_empty()
        && algorithm
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"+._-".contains(&b))
        && hex.len() >= 32
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::{ImageRef, RefError};

    #[test]
    fn splits_registry_path_tag_and_digest() {
        let image = ImageRef::parse("ghcr.io/astral-sh/uv:python3.12-bookworm-slim").unwrap();
        assert_eq!(image.registry, Some("ghcr.io"));
        assert_eq!(image.path, "astral-sh/uv");
        assert_eq!(image.tag, Some("python3.12-bookworm-slim"));
        let digest = format!("node:24@sha256:{}", "a".repeat(64));
        let pinned = ImageRef::parse(&digest).unwrap();
        assert_eq!((pinned.tag, pinned.digest.is_some()), (Some("24"), true));
        let local = ImageRef::parse("localhost:5000/app").unwrap();
        assert_eq!((local.registry, local.tag), (Some("localhost:5000"), None));
    }

    #[test]
    fn official_images_are_docker_hub_library_names() {
        assert_eq!(
            ImageRef::parse("nginx").unwrap().official_name(),
            Some("nginx")
        );
        assert_eq!(
            ImageRef::parse("docker.io/library/node:22")
                .unwrap()
                .official_name(),
            Some("node")
        );
        assert_eq!(
            ImageRef::parse("mirror.gcr.io/busybox")
                .unwrap()
                .official_name(),
            Some("busybox")
        );
        assert_eq!(
            ImageRef::parse("tonistiigi/xx").unwrap().official_name(),
            None
        );
        assert_eq!(
            ImageRef::parse("gcr.io/distroless/static")
                .unwrap()
                .official_name(),
            None
        );
    }

    #[test]
    fn refuses_what_docker_refuses() {
        assert_eq!(ImageRef::parse("Builder"), Err(RefError::UpperCase));
        assert_eq!(ImageRef::parse("busybox:"), Err(RefError::Invalid));
        assert_eq!(ImageRef::parse(""), Err(RefError::Empty));
        assert_eq!(ImageRef::parse("a//b"), Err(RefError::Invalid));
        assert!(ImageRef::parse("my_image.v2-x").is_ok());
    }
}

//! Read-aloud audio, made on this server with Debian's `espeak-ng`.
//!
//! This module owns turning text into WAV audio and the two addresses that serve it:
//! `GET /speech/{lang}/{ids}` reads fixed interface text (Fluent messages) and
//! `GET /speech/answer/{section}` reads the signed-in client's own answer.
//!
//! Everything stays on this machine: `espeak-ng` is run as a local program (not linked, so a
//! crash in it cannot take the server down) and needs no network voice. Personal text goes to
//! it on standard input, never in its arguments, because arguments are visible to every user
//! of the machine in the process list. Only interface text, which is public anyway, is kept
//! in the on-disk cache; personal text is never written to disk.

use app::i18n::Lang;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::process::Command;
use tokio::sync::{Mutex, Semaphore, SemaphorePermit, TryAcquireError};

mod cache;
mod queue;
mod routes;
mod store;
mod wav;

use cache::CacheIndex;
use queue::{runs_closed, QueuePlace};
pub use routes::routes;
use wav::{fix_wav_sizes, is_wav};

/// Most characters read in one go. A full text answer (2000 letters, its lines joined with
/// ". ") fits; anything longer would be minutes of audio and megabytes of WAV.
pub const MAX_CHARS: usize = 4000;

/// Words per minute. espeak-ng's default is 175; a slower pace is easier to follow for
/// listeners with intellectual disabilities, while still sounding natural.
const RATE: u32 = 140;

/// espeak-ng makes minutes of audio in well under a second; a run this long is stuck.
const TIMEOUT: Duration = Duration::from_secs(30);

/// How many espeak-ng runs may work at once. The server has few cores, and pages must stay
/// quick even if many people press "listen" at the same moment.
pub const PARALLEL_RUNS: usize = 2;

/// Seconds a listener told "busy" (503) is asked to wait before trying again: a run takes
/// well under a second, so by then the queue has usually cleared.
pub const RETRY_AFTER_SECONDS: u64 = 5;

/// The program, found on `PATH` as Debian installs it.
const PROGRAM: &str = "espeak-ng";

/// Why no audio could be made. Details go to the server log, never to the listener.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("there is no text to read")]
    Empty,
    #[error("the text has {0} characters, more than {MAX_CHARS}")]
    TooLong(usize),
    #[error("espeak-ng could not be run: {0}")]
    Run(#[source] std::io::Error),
    #[error("espeak-ng took longer than {} seconds", TIMEOUT.as_secs())]
    Timeout,
    #[error("espeak-ng failed ({status}): {stderr}")]
    Failed { status: String, stderr: String },
    #[error("espeak-ng did not give WAV audio")]
    NotWav,
    /// Every run slot stayed taken for the whole wait, or too many were already waiting.
    #[error("all espeak-ng runs are busy")]
    Busy,
}

/// Bounds that keep read-aloud from tying up the server, whoever asks and however often.
#[derive(Clone, Debug)]
pub struct SpeechLimits {
    /// Most files the speech cache keeps; beyond it the file used longest ago is deleted.
    pub cache_files: usize,
    /// How long a request may wait for a free run slot. A listener who presses "Kuuntele"
    /// expects sound within moments; a longer queue means the server is being flooded, and
    /// waiting longer would only hold more connections open.
    pub wait: Duration,
    /// How many requests may wait for a slot at once; any more are told "busy" at once, so
    /// a flood cannot pile up waiting requests.
    pub waiting: usize,
}

impl Default for SpeechLimits {
    fn default() -> SpeechLimits {
        SpeechLimits {
            // Every page's texts in every language fit many times over.
            cache_files: 2000,
            wait: Duration::from_secs(5),
            // Enough for a room of kiosks pressing "Kuuntele" together.
            waiting: 32,
        }
    }
}

/// Makes speech audio, and keeps a cache of interface text on disk.
pub struct Speech {
    cache_dir: PathBuf,
    limits: SpeechLimits,
    /// Limits parallel espeak-ng runs (see `PARALLEL_RUNS`).
    runs: Semaphore,
    /// Requests now waiting for a run slot (see `SpeechLimits::waiting`).
    waiting: AtomicUsize,
    /// Which cache files exist and which was used longest ago. Held while the folder is listed
    /// or files are deleted, so two requests never evict at the same time.
    index: Mutex<CacheIndex>,
}

/// The espeak-ng voice for a language. These voices ship with Debian's `espeak-ng-data`.
fn voice(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "fi",
        Lang::Sv => "sv",
        Lang::En => "en",
    }
}

/// Makes unique names for half-written cache files, so two requests for the same new text
/// never write into the same file.
static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Speech {
    pub fn new(cache_dir: PathBuf) -> Speech {
        Speech::with_limits(cache_dir, SpeechLimits::default())
    }

    pub fn with_limits(cache_dir: PathBuf, limits: SpeechLimits) -> Speech {
        Speech {
            cache_dir,
            index: Mutex::new(CacheIndex::new(limits.cache_files)),
            limits,
            runs: Semaphore::new(PARALLEL_RUNS),
            waiting: AtomicUsize::new(0),
        }
    }

    /// Takes every run slot until the permit is dropped, as long runs would: tests use it to
    /// see how the server answers when it is busy.
    pub async fn occupy_all_runs(&self) -> Option<SemaphorePermit<'_>> {
        // `PARALLEL_RUNS` is a small constant, so it always fits.
        let all = u32::try_from(PARALLEL_RUNS).unwrap_or(u32::MAX);
        self.runs.acquire_many(all).await.ok()
    }

    /// How many requests are waiting for a run slot now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::SeqCst)
    }

    /// The WAV audio of `text` read in `lang`.
    ///
    /// With `cache` true the audio is kept on disk and later requests for the same text are
    /// served from there. Personal text must use `cache` false: then nothing is written.
    pub async fn synthesize(
        &self,
        lang: Lang,
        text: &str,
        cache: bool,
    ) -> Result<Vec<u8>, SpeechError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(SpeechError::Empty);
        }
        let chars = text.chars().count();
        if chars > MAX_CHARS {
            return Err(SpeechError::TooLong(chars));
        }
        let voice = voice(lang);
        if !cache {
            return self.run(voice, text).await;
        }
        let name = format!("{}.wav", cache_key(voice, text));
        let path = self.cache_dir.join(&name);
        // The cache only saves work: when it cannot be read or written, the listener still
        // gets the audio and the problem goes to the log.
        match tokio::fs::read(&path).await {
            // A damaged file (for example from a full disk) is made again, not served.
            Ok(wav) if is_wav(&wav) => {
                self.mark_heard(&name).await;
                return Ok(wav);
            }
            Ok(_) => {
                tracing::warn!(path = %path.display(), "damaged speech cache file, remaking it")
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => tracing::warn!(%error, path = %path.display(), "speech cache unreadable"),
        }
        let wav = self.run(voice, text).await?;
        if let Err(error) = self.store(&name, &path, &wav).await {
            tracing::warn!(%error, path = %path.display(), "speech cache not written");
        }
        Ok(wav)
    }

    /// Runs espeak-ng once and returns its audio with correct WAV sizes.
    async fn run(&self, voice: &str, text: &str) -> Result<Vec<u8>, SpeechError> {
        let _permit = self.run_slot().await?;
        let mut child = Command::new(PROGRAM)
            .arg("-v")
            .arg(voice)
            .arg("-s")
            .arg(RATE.to_string())
            .arg("--stdout")
            // Read the text from standard input: nothing personal in the process list.
            .arg("--stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            // A timed-out or abandoned request must not leave the program running.
            .kill_on_drop(true)
            .spawn()
            .map_err(SpeechError::Run)?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or_else(|| SpeechError::Run(std::io::Error::other("no stdin pipe")))?;
        let input = text.as_bytes().to_vec();
        // Writing and reading at the same time: espeak-ng may start sending audio before it
        // has read all the text, and neither side may wait for the other with a full pipe.
        let write = async move {
            stdin.write_all(&input).await?;
            // Closing standard input tells espeak-ng the text has ended.
            drop(stdin);
            Ok::<(), std::io::Error>(())
        };
        let work = async { tokio::join!(write, child.wait_with_output()) };
        let (written, output) = tokio::time::timeout(TIMEOUT, work)
            .await
            .map_err(|_| SpeechError::Timeout)?;
        let output = output.map_err(SpeechError::Run)?;
        if !output.status.success() {
            return Err(SpeechError::Failed {
                status: output.status.to_string(),
                stderr: short(&output.stderr),
            });
        }
        written.map_err(SpeechError::Run)?;
        let mut wav = output.stdout;
        if !is_wav(&wav) {
            return Err(SpeechError::NotWav);
        }
        fix_wav_sizes(&mut wav);
        Ok(wav)
    }

    /// A free run slot: at once if there is one, otherwise after a bounded wait in a bounded
    /// queue. Anyone may ask for audio, so an unbounded queue would let a few requests per
    /// second keep everyone's read-aloud waiting; instead the surplus is told "busy" (503).
    async fn run_slot(&self) -> Result<SemaphorePermit<'_>, SpeechError> {
        match self.runs.try_acquire() {
            Ok(permit) => return Ok(permit),
            Err(TryAcquireError::Closed) => return Err(runs_closed()),
            Err(TryAcquireError::NoPermits) => {}
        }
        let Some(_place) = QueuePlace::take(&self.waiting, self.limits.waiting) else {
            return Err(SpeechError::Busy);
        };
        match tokio::time::timeout(self.limits.wait, self.runs.acquire()).await {
            Ok(Ok(permit)) => Ok(permit),
            Ok(Err(_)) => Err(runs_closed()),
            Err(_) => Err(SpeechError::Busy),
        }
    }
}

/// The cache file name: SHA-256 of everything that changes the audio. The NUL bytes keep the
/// parts apart (voice and rate never contain one), so two different inputs cannot collide by
/// moving text from one part to another.
pub fn cache_key(voice: &str, text: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(voice.as_bytes());
    hash.update([0]);
    hash.update(RATE.to_string().as_bytes());
    hash.update([0]);
    hash.update(text.as_bytes());
    hex::encode(hash.finalize())
}

/// The cache key `synthesize` uses for a language, so tests can find the cache file.
pub fn cache_key_for(lang: Lang, text: &str) -> String {
    cache_key(voice(lang), text.trim())
}

/// The start of espeak-ng's error output for the log; it does not contain the text.
fn short(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr).chars().take(300).collect()
}

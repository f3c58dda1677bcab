//! The bounded queue for espeak-ng's run slots: a place in it, given back however the wait
//! ends.

use super::SpeechError;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A place in the queue for a run slot, given back when the request stops waiting: when it
/// gets a slot, times out, or is dropped because the listener went away.
pub(super) struct QueuePlace<'a>(&'a AtomicUsize);

impl<'a> QueuePlace<'a> {
    /// A place if fewer than `most` are waiting.
    pub(super) fn take(waiting: &'a AtomicUsize, most: usize) -> Option<QueuePlace<'a>> {
        waiting
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |now| {
                (now < most).then_some(now + 1)
            })
            .ok()
            .map(|_| QueuePlace(waiting))
    }
}

impl Drop for QueuePlace<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The semaphore is never closed, so this cannot happen in practice; it is still reported
/// rather than unwrapped.
pub(super) fn runs_closed() -> SpeechError {
    SpeechError::Run(std::io::Error::other("speech runs are shut down"))
}

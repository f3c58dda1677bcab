//! Turns to run Argon2: each run takes 19 MiB of memory, so only a few run at once and the
//! rest wait a bounded time (security review F6).

use crate::db::StorageError;

/// A turn to run Argon2. Each run takes 19 MiB of memory, so only a few run at once (twice
/// the cores) and the rest wait, at most `TURN_WAIT`: a burst of sign-ins cannot use up the
/// server's memory, and nobody waits for ever.
pub type Turn = tokio::sync::OwnedSemaphorePermit;

/// The longest wait for a turn before the sign-in is answered "wait a moment".
pub const TURN_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

fn turns() -> std::sync::Arc<tokio::sync::Semaphore> {
    static TURNS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> =
        std::sync::OnceLock::new();
    TURNS
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            std::sync::Arc::new(tokio::sync::Semaphore::new(2 * cores))
        })
        .clone()
}

/// Waits for a turn, at most `TURN_WAIT`; `Busy` when none came.
pub async fn argon2_turn() -> Result<Turn, StorageError> {
    turn_within(&turns(), TURN_WAIT).await
}

async fn turn_within(
    turns: &std::sync::Arc<tokio::sync::Semaphore>,
    wait: std::time::Duration,
) -> Result<Turn, StorageError> {
    match tokio::time::timeout(wait, turns.clone().acquire_owned()).await {
        Ok(Ok(turn)) => Ok(turn),
        _ => Err(StorageError::Busy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_sign_in_waits_for_a_turn_only_so_long() {
        let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(1));
        let held = turn_within(&turns, TURN_WAIT).await.expect("first turn");
        let started = std::time::Instant::now();
        let busy = turn_within(&turns, std::time::Duration::from_millis(50)).await;
        assert!(matches!(busy, Err(StorageError::Busy)));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        drop(held);
        assert!(turn_within(&turns, TURN_WAIT).await.is_ok(), "free again");
    }
}

package dev.paranoid.it.inject;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A Spring service that gets the generated DAO injected (constructor injection, as a user writes
 * it) and soft-deletes and restores memos through it.
 */
@Service
public class MemoService {

  private final MemoParanoidDao memos;

  public MemoService(MemoParanoidDao memos) {
    this.memos = memos;
  }

  MemoParanoidDao dao() {
    return memos;
  }

  public Memo write(String text) {
    return memos.create(new Memo(text));
  }

  /** Soft delete: the row stays, stamped with the DAO's clock. */
  public boolean discard(Memo memo) {
    return memos.destroy(memo);
  }

  public boolean recover(Memo memo) {
    return memos.restore(memo);
  }

  public boolean discardById(long id) {
    return memos.destroyByPk(id);
  }

  public boolean recoverById(long id) {
    return memos.restoreByPk(id);
  }

  public Optional<Memo> find(long id) {
    return memos.findByPk(id);
  }

  public Optional<Memo> findEvenIfDiscarded(long id) {
    return memos.findByPk(id, true);
  }
}

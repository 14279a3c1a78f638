/** The memory store against the storage contract. */
import { describeStorageContract } from '../storage-contract';
import { MemoryStore } from './memory-store';

describeStorageContract('memory', async () => ({ storage: new MemoryStore(), close: () => undefined }), {
  concurrentTenants: true,
});

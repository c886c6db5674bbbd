// Every db test runs against fake-indexeddb, installed on the global scope before Dexie loads.
import 'fake-indexeddb/auto'

// Finds and checks a Step Functions Local mock file (MockConfigFile.json format): the one named in the
// settings, else `<name>.mocks.json` beside the machine. The check is shared with `asl run`, which
// finds the same files beside a definition (server/src/node/companionFiles.ts).
export { checkMockFile, type CheckedMocks, type MockCatalog } from '../../../server/src/node/companionFiles';

/** The repositories of the connector register, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as connectors from '../repositories/connectors'

export const addConnector = bound(connectors.addConnector)
export const updateConnector = bound(connectors.updateConnector)
export const removeConnector = bound(connectors.removeConnector)
export const importConnectors = bound(connectors.importConnectors)

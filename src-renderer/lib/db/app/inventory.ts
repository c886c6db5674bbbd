/** The repositories of tenant inventories, bound to the app's database (see ./index). */
import { bound } from './bind'
import * as inventories from '../repositories/inventories'

export const saveInventory = bound(inventories.saveInventory)

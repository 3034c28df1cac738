/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inventory Lot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lot in the inventory: stock at home or left on site by an earlier mission.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getLot <em>Lot</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getExpiry <em>Expiry</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getUnitValue <em>Unit Value</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.InventoryLot#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot()
 * @model
 * @generated
 */
public interface InventoryLot extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Catalog product id or kit item id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_ItemId()
	 * @model
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Lot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lot</em>' attribute.
	 * @see #setLot(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_Lot()
	 * @model
	 * @generated
	 */
	String getLot();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getLot <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lot</em>' attribute.
	 * @see #getLot()
	 * @generated
	 */
	void setLot(String value);

	/**
	 * Returns the value of the '<em><b>Quantity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quantity</em>' attribute.
	 * @see #setQuantity(int)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_Quantity()
	 * @model
	 * @generated
	 */
	int getQuantity();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getQuantity <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quantity</em>' attribute.
	 * @see #getQuantity()
	 * @generated
	 */
	void setQuantity(int value);

	/**
	 * Returns the value of the '<em><b>Expiry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expiry date; empty for items that do not expire.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expiry</em>' attribute.
	 * @see #setExpiry(LocalDate)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_Expiry()
	 * @model dataType="org.eccworkbench.kit.mission.Date"
	 * @generated
	 */
	LocalDate getExpiry();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getExpiry <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiry</em>' attribute.
	 * @see #getExpiry()
	 * @generated
	 */
	void setExpiry(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Unit Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value of one unit for the customs pro-forma.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Value</em>' attribute.
	 * @see #setUnitValue(Double)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_UnitValue()
	 * @model
	 * @generated
	 */
	Double getUnitValue();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getUnitValue <em>Unit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Value</em>' attribute.
	 * @see #getUnitValue()
	 * @generated
	 */
	void setUnitValue(Double value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the lot is, for example home store or the site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.eccworkbench.kit.mission.MissionPackage#getInventoryLot_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.eccworkbench.kit.mission.InventoryLot#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

} // InventoryLot

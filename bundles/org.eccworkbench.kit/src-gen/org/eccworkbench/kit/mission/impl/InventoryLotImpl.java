/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.kit.mission.impl;

import java.time.LocalDate;

import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.MissionPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inventory Lot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getLot <em>Lot</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getQuantity <em>Quantity</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getExpiry <em>Expiry</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getUnitValue <em>Unit Value</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.eccworkbench.kit.mission.impl.InventoryLotImpl#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InventoryLotImpl extends EObjectImpl implements InventoryLot {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected String itemId = ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected static final String LOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLot() <em>Lot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLot()
	 * @generated
	 * @ordered
	 */
	protected String lot = LOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUANTITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuantity() <em>Quantity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuantity()
	 * @generated
	 * @ordered
	 */
	protected int quantity = QUANTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiry() <em>Expiry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiry()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiry = EXPIRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitValue() <em>Unit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double UNIT_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitValue() <em>Unit Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitValue()
	 * @generated
	 * @ordered
	 */
	protected Double unitValue = UNIT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InventoryLotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MissionPackage.Literals.INVENTORY_LOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(String newItemId) {
		String oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLot() {
		return lot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLot(String newLot) {
		String oldLot = lot;
		lot = newLot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__LOT, oldLot, lot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuantity() {
		return quantity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuantity(int newQuantity) {
		int oldQuantity = quantity;
		quantity = newQuantity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__QUANTITY, oldQuantity, quantity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiry() {
		return expiry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiry(LocalDate newExpiry) {
		LocalDate oldExpiry = expiry;
		expiry = newExpiry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__EXPIRY, oldExpiry, expiry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getUnitValue() {
		return unitValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitValue(Double newUnitValue) {
		Double oldUnitValue = unitValue;
		unitValue = newUnitValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__UNIT_VALUE, oldUnitValue, unitValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MissionPackage.INVENTORY_LOT__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MissionPackage.INVENTORY_LOT__ITEM_ID:
				return getItemId();
			case MissionPackage.INVENTORY_LOT__LOT:
				return getLot();
			case MissionPackage.INVENTORY_LOT__QUANTITY:
				return getQuantity();
			case MissionPackage.INVENTORY_LOT__EXPIRY:
				return getExpiry();
			case MissionPackage.INVENTORY_LOT__UNIT_VALUE:
				return getUnitValue();
			case MissionPackage.INVENTORY_LOT__CURRENCY:
				return getCurrency();
			case MissionPackage.INVENTORY_LOT__LOCATION:
				return getLocation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MissionPackage.INVENTORY_LOT__ITEM_ID:
				setItemId((String)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__LOT:
				setLot((String)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__QUANTITY:
				setQuantity((Integer)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__EXPIRY:
				setExpiry((LocalDate)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__UNIT_VALUE:
				setUnitValue((Double)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__CURRENCY:
				setCurrency((String)newValue);
				return;
			case MissionPackage.INVENTORY_LOT__LOCATION:
				setLocation((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MissionPackage.INVENTORY_LOT__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__LOT:
				setLot(LOT_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__QUANTITY:
				setQuantity(QUANTITY_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__EXPIRY:
				setExpiry(EXPIRY_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__UNIT_VALUE:
				setUnitValue(UNIT_VALUE_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case MissionPackage.INVENTORY_LOT__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MissionPackage.INVENTORY_LOT__ITEM_ID:
				return ITEM_ID_EDEFAULT == null ? itemId != null : !ITEM_ID_EDEFAULT.equals(itemId);
			case MissionPackage.INVENTORY_LOT__LOT:
				return LOT_EDEFAULT == null ? lot != null : !LOT_EDEFAULT.equals(lot);
			case MissionPackage.INVENTORY_LOT__QUANTITY:
				return quantity != QUANTITY_EDEFAULT;
			case MissionPackage.INVENTORY_LOT__EXPIRY:
				return EXPIRY_EDEFAULT == null ? expiry != null : !EXPIRY_EDEFAULT.equals(expiry);
			case MissionPackage.INVENTORY_LOT__UNIT_VALUE:
				return UNIT_VALUE_EDEFAULT == null ? unitValue != null : !UNIT_VALUE_EDEFAULT.equals(unitValue);
			case MissionPackage.INVENTORY_LOT__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case MissionPackage.INVENTORY_LOT__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (itemId: ");
		result.append(itemId);
		result.append(", lot: ");
		result.append(lot);
		result.append(", quantity: ");
		result.append(quantity);
		result.append(", expiry: ");
		result.append(expiry);
		result.append(", unitValue: ");
		result.append(unitValue);
		result.append(", currency: ");
		result.append(currency);
		result.append(", location: ");
		result.append(location);
		result.append(')');
		return result.toString();
	}

} //InventoryLotImpl
